// Preloaded with node --import: records every module the process resolves (record-loads.mjs)
// into the file named by the LOADS_FILE environment variable.
import { register } from "node:module";

register("./record-loads.mjs", import.meta.url, { data: { file: process.env.LOADS_FILE } });
