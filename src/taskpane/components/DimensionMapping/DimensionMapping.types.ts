export interface DimensionMappingProps {
  items: readonly string[];
  /** item key → its name (items without one read "Item 7") */
  names?: Readonly<Record<string, string>>;
  dimensionOfItem: Readonly<Record<string, string>>;
  /** dimension keys offered in each item's list */
  choices: readonly string[];
  /** custom mapping: any name may be typed */
  freeform: boolean;
  onChange: (item: string, dimension: string) => void;
}
