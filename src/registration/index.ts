export { REGISTRATION_RULES } from "./rules.js";
