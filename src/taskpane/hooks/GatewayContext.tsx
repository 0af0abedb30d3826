import * as React from "react";
import type { ExcelGateway } from "../../excel/types";

const GatewayContext = React.createContext<ExcelGateway | undefined>(undefined);

/** Gives the hooks below it the workbook: the real Excel gateway in Office, a fake one in tests. */
export function GatewayProvider(props: {
  gateway: ExcelGateway;
  children: React.ReactNode;
}): React.JSX.Element {
  return <GatewayContext.Provider value={props.gateway}>{props.children}</GatewayContext.Provider>;
}

export function useGateway(): ExcelGateway {
  const gateway = React.useContext(GatewayContext);
  if (!gateway) throw new Error("useGateway needs a GatewayProvider above it");
  return gateway;
}
