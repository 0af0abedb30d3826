import { createExcelGateway } from "../../src/excel/gateway";
import { installFakeOffice } from "../doubles/installFakeOffice";
import { servqualWorkbookSeed } from "../doubles/analysisRun";
import { analyzeSurvey, defaultSettings, detectColumnRoles } from "../../src/core/survey";
it("probe", async () => {
  const office = installFakeOffice(globalThis, servqualWorkbookSeed(1_048_576));
  let t = Date.now();
  const survey = await createExcelGateway().readSurvey();
  console.log("read", Date.now() - t); t = Date.now();
  const layout = detectColumnRoles(survey);
  console.log("detect", Date.now() - t); t = Date.now();
  const s = defaultSettings(survey, layout);
  analyzeSurvey(survey, s);
  console.log("analyze", Date.now() - t);
  office.uninstall();
}, 200000);
