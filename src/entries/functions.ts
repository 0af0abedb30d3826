/*
 * Entry of the functions bundle (dist/functions.js): the worksheet functions, told by the excel layer which
 * language Office displays, and registered with Excel where its custom-functions runtime is present. The
 * functions themselves never touch Office (they run in Node as they are); this is the one place where the two meet.
 */
import { officeDisplayLanguage } from "../excel/officeHost";
import { readDisplayLanguageWith } from "../functions/locale";
import { registerFunctions } from "../functions/registerFunctions";

readDisplayLanguageWith(officeDisplayLanguage);
if (typeof CustomFunctions !== "undefined") registerFunctions(CustomFunctions);
