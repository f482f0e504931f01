export { SPENDDOWN_RULES } from "./rules.js";
