// The sheet tabs under Excel's grid: pick the sheet to look at (and the one that
// "이 시트 검사" checks).
import { makeStyles, Tab, TabList } from "@fluentui/react-components";

const useStyles = makeStyles({ root: { flexWrap: "wrap" } });

export interface SheetTabsProps {
  names: string[];
  active: string | null;
  onActivate: (name: string) => void;
}

export function SheetTabs({ names, active, onActivate }: SheetTabsProps) {
  const styles = useStyles();
  return (
    <TabList
      className={styles.root}
      size="small"
      aria-label="시트"
      selectedValue={active ?? undefined}
      onTabSelect={(_, data) => onActivate(String(data.value))}
    >
      {names.map((name) => (
        <Tab key={name} value={name}>
          {name}
        </Tab>
      ))}
    </TabList>
  );
}
