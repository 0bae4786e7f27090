export { formatDate, formatDateTime, formatFiscalYear, todayInJapan } from './format/dates';
export { formatCount, formatPercent, formatYen } from './format/numbers';
export { AppShell, PageHeader } from './layout/app-shell';
export { Badge, type BadgeTone } from './primitives/badge';
export { Button, type ButtonProps, type ButtonVariant } from './primitives/button';
export { Checkbox } from './primitives/checkbox';
export { Dialog } from './primitives/dialog';
export { EmptyState } from './primitives/empty-state';
export { ErrorSummary, type FieldProblem } from './primitives/error-summary';
export { Meter } from './primitives/meter';
export { Select, type Option } from './primitives/select';
export { StepList, type Step, type StepState } from './primitives/step-list';
export { fieldInputClass, RequiredMark, TextField, type TextFieldProps } from './primitives/text-field';
export {
  CUSTOM_TAG_PREFIX,
  isImeComposing,
  TagPicker,
  type TagPickerItem,
  type TagPickerProps,
} from './primitives/tag-picker';
export { NumberField, YEN_FORMAT, YenField, type NumberFieldProps } from './primitives/number-field';
export { DatePicker, type DatePickerProps } from './primitives/date-picker';
export { focusField } from './primitives/error-summary';
export { BellIcon } from './primitives/icons';
export {
  SearchComboBox,
  type SearchComboBoxItem,
  type SearchComboBoxProps,
} from './primitives/search-combo-box';
export { ScrollRegion } from './primitives/scroll-region';
export { MultiSelect } from './primitives/multi-select';
export { CheckboxGroup, RadioGroup } from './primitives/choice-group';
export {
  KANBAN_ITEM_TYPE,
  KanbanCard,
  KanbanColumn,
  type KanbanCardProps,
  type KanbanColumnProps,
} from './primitives/kanban';
export { PopupMenu, type PopupMenuItem } from './primitives/popup-menu';
export { Tabs, type TabItem } from './primitives/tabs';
