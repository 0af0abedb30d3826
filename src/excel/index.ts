// The only layer that talks to Excel. The taskpane uses createExcelGateway and the pure buildWritePlan.

export * from "./types";
export { HostError, isHostError, toHostError } from "./hostError";
export { createExcelGateway, type GatewayMeter } from "./gateway";
export { buildWritePlan, planResults } from "./buildWritePlan";
export { resultLabels, type ResultLabels } from "./resultLabels";
export { WEB_READ_LIMITS, type ReadLimits } from "./readSurvey";
