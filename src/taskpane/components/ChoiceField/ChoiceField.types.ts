export interface ChoiceFieldProps<T extends string> {
  label: string;
  value: T;
  choices: readonly T[];
  /** the short name of each choice (the radio's accessible name) */
  names: Readonly<Record<T, string>>;
  /** one plain sentence per choice, shown under it and read as its description */
  meanings: Readonly<Record<T, string>>;
  onChange: (value: T) => void;
}
