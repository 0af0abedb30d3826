export interface ItemNamesProps {
  /** item keys in survey order */
  items: readonly string[];
  /** item key → name as set now */
  names: Readonly<Record<string, string>>;
  onChange: (item: string, name: string) => void;
}
