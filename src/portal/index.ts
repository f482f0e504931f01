export { PORTAL_RULES } from "./rules.js";
