export { formatDate, formatDateTime, formatFiscalYear, todayInJapan } from './format/dates';
export { formatCount, formatPercent, formatScore, formatYen } from './format/numbers';
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
  KANBAN_ITEM_TYPE,
  KanbanCard,
  KanbanColumn,
  type KanbanCardProps,
  type KanbanColumnProps,
} from './primitives/kanban';
export { PopupMenu, type PopupMenuItem } from './primitives/popup-menu';
export { Tabs, type TabItem } from './primitives/tabs';
