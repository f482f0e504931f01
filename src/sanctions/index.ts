export { SANCTION_RULES } from "./rules.js";
