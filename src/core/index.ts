export * from "./iso-date.js";
export * from "./errors.js";
export * from "./types.js";
export * from "./deadline.js";
