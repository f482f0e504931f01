export { WEBCM_RULES } from "./rules.js";
