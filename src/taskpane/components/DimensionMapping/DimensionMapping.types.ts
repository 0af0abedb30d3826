export interface DimensionMappingProps {
  items: readonly string[];
  dimensionOfItem: Readonly<Record<string, string>>;
  /** dimension keys offered in each item's list */
  choices: readonly string[];
  /** custom mapping: any name may be typed */
  freeform: boolean;
  onChange: (item: string, dimension: string) => void;
}
