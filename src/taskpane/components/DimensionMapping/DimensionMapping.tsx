import * as React from "react";
import {
  Combobox,
  Dropdown,
  Option,
  TableCell,
  TableRow,
  type OptionOnSelectData,
  type SelectionEvents,
} from "@fluentui/react-components";
import { DataTable } from "../DataTable/DataTable";
import { ownValue } from "../../../survey";
import { useMessages } from "../../i18n/I18nProvider";
import { useDimensionMappingStyles } from "./DimensionMapping.styles";
import type { DimensionMappingProps } from "./DimensionMapping.types";

/** The dimension of every item: chosen from a list, or (custom mapping) typed freely. */
export function DimensionMapping(props: DimensionMappingProps): React.JSX.Element {
  const { items, names = {}, dimensionOfItem, choices, freeform, onChange } = props;
  const messages = useMessages();
  const styles = useDimensionMappingStyles();
  const nameOf = messages.dimensionName;
  const keyOfName = (text: string): string =>
    choices.find((key) => nameOf(key) === text.trim()) ?? text.trim();
  return (
    <DataTable
      label={messages.mappingTableLabel}
      columns={[{ header: messages.itemHeader }, { header: messages.dimensionHeader }]}
    >
      {items.map((item) => {
        const current = ownValue(dimensionOfItem, item) ?? "";
        // what the list and the free-text box have in common: size, name, placeholder, the chosen option
        const control = {
          className: styles.control,
          size: "small",
          "aria-label": messages.dimensionOf(item),
          placeholder: messages.dimensionPlaceholder,
          selectedOptions: current === "" ? [] : [current],
          onOptionSelect: (_event: SelectionEvents, data: OptionOnSelectData) => {
            if (data.optionValue) onChange(item, data.optionValue);
          },
        } as const;
        const options = choices.map((key) => (
          <Option key={key} value={key}>
            {nameOf(key)}
          </Option>
        ));
        return (
          <TableRow key={item}>
            <TableCell>{names[item] ?? messages.itemLabel(item)}</TableCell>
            <TableCell className={styles.cell}>
              {freeform ? (
                <Combobox
                  {...control}
                  freeform
                  defaultValue={current === "" ? "" : nameOf(current)}
                  onBlur={(event) => {
                    const key = keyOfName(event.currentTarget.value);
                    if (key !== current) onChange(item, key);
                  }}
                >
                  {options}
                </Combobox>
              ) : (
                <Dropdown {...control} value={current === "" ? "" : nameOf(current)}>
                  {options}
                </Dropdown>
              )}
            </TableCell>
          </TableRow>
        );
      })}
    </DataTable>
  );
}
