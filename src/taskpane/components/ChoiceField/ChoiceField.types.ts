/** What a choice says: its label, and the name and one-line meaning of each option. */
export interface ChoiceText<T extends string> {
  label: string;
  /** the short name of each choice (the radio's accessible name) */
  names: Readonly<Record<T, string>>;
  /** one plain sentence per choice, shown under it and read as its description */
  meanings: Readonly<Record<T, string>>;
}

export interface ChoiceFieldProps<T extends string> {
  text: ChoiceText<T>;
  value: T;
  choices: readonly T[];
  onChange: (value: T) => void;
}
