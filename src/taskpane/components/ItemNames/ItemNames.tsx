import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Input,
} from "@fluentui/react-components";
import { useMessages } from "../../i18n/I18nProvider";
import { useItemNamesStyles } from "./ItemNames.styles";
import type { ItemNamesProps } from "./ItemNames.types";

/**
 * The name of every item as results will show it, editable. A name is committed when the field loses focus
 * (typing does not rerun the analysis at every key); an emptied field gives the item back its number.
 */
export function ItemNames({ items, names, onChange }: ItemNamesProps): React.JSX.Element {
  const messages = useMessages();
  const styles = useItemNamesStyles();
  const named = items.filter((item) => (names[item] ?? "") !== "").length;
  return (
    <Accordion collapsible>
      <AccordionItem value="names">
        <AccordionHeader size="small">{messages.itemNamesTitle(named, items.length)}</AccordionHeader>
        <AccordionPanel>
          <Caption1>{messages.itemNamesHint}</Caption1>
          <div className={styles.rows}>
            {items.map((item) => (
              <React.Fragment key={item}>
                <span className={styles.code}>{item}</span>
                <Input
                  className={styles.input}
                  size="small"
                  aria-label={messages.nameOf(messages.itemLabel(item))}
                  placeholder={messages.itemLabel(item)}
                  defaultValue={names[item] ?? ""}
                  onBlur={(event) => {
                    const name = event.currentTarget.value.trim();
                    if (name !== (names[item] ?? "")) onChange(item, name);
                  }}
                />
              </React.Fragment>
            ))}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
