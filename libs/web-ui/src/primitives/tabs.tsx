import type { ReactNode } from 'react';
import { Tab, TabList, TabPanel, Tabs as AriaTabs, type Key } from 'react-aria-components';

export interface TabItem {
  id: string;
  label: ReactNode;
}

/**
 * Tabs over one panel: arrow keys move between tabs and select them, Tab moves into the panel. The selection is the
 * caller's (e.g. kept in the URL), so a reload or a shared link opens the same tab.
 */
export function Tabs({
  label,
  tabs,
  selectedId,
  onSelect,
  children,
}: {
  label: string;
  tabs: readonly TabItem[];
  selectedId: string;
  onSelect: (id: string) => void;
  /** The selected tab's content. */
  children: ReactNode;
}) {
  return (
    <AriaTabs selectedKey={selectedId} onSelectionChange={(key: Key) => onSelect(String(key))}>
      <TabList aria-label={label} className="flex flex-wrap gap-1 border-b border-solid-gray-420">
        {tabs.map((tab) => (
          <Tab
            key={tab.id}
            id={tab.id}
            className={({ isSelected }) =>
              [
                '-mb-px min-h-11 cursor-default rounded-t-8 border px-4 py-2 outline-none',
                'focus-visible:ring-4 focus-visible:ring-focus-yellow',
                isSelected
                  ? 'border-solid-gray-420 border-b-white bg-white font-bold text-blue-900 underline underline-offset-8'
                  : 'border-transparent text-solid-gray-800 hover:bg-blue-50',
              ].join(' ')
            }
          >
            {tab.label}
          </Tab>
        ))}
      </TabList>
      {/* One panel per tab (React Aria mounts only the selected one); each is labelled by its tab. */}
      {tabs.map((tab) => (
        <TabPanel
          key={tab.id}
          id={tab.id}
          className="pt-4 outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
        >
          {tab.id === selectedId ? children : null}
        </TabPanel>
      ))}
    </AriaTabs>
  );
}
