// The OpenAPI 3.1 document of the HTTP API, generated from the same declarations as the
// functions, the JSON Schemas and docs/api.md: each operation's summary, its input's JSON Schema
// (draft 2020-12, as OpenAPI 3.1 takes it), the settings it reads, and the problem answer.
import type { OperationDeclaration } from "../api/operation.js";
import { frozen } from "../core/freeze.js";
import { jsonSchemaOf } from "../json-schema.js";
import { isBatch, STREAMED } from "./calls.js";

type AnyDeclaration = OperationDeclaration<(...args: never[]) => unknown>;
type Json = Record<string, unknown>;

const PROBLEM: Json = frozen({
  description: "A problem (RFC 9457): the input's issues by path and code, never a value",
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

function inputSchema(declaration: AnyDeclaration): Json {
  const first = declaration.arguments.find((a) => a.kind !== "settings");
  if (first?.schema === undefined) return { description: first ? `the ${first.name}` : "no input" };
  const schema = jsonSchemaOf(first.name, first.schema);
  delete schema.$id;
  return first.kind === "items" ? { type: "array", items: schema } : schema;
}

function operation(declaration: AnyDeclaration): Json {
  const settings = declaration.settings.length === 0 ? "none" : declaration.settings.join(", ");
  const body: Json = {
    type: "object",
    properties: {
      input: inputSchema(declaration),
      settings: {
        type: "object",
        description: `the settings it reads: ${settings}; a calendar as calendar input JSON`,
      },
      arguments: { type: "array", description: "every argument in order, for an operation of several values" },
    },
  };
  const content: Json = { "application/json": { schema: body } };
  if (STREAMED.has(declaration.name))
    content["application/x-ndjson"] = {
      schema: { type: "string", description: "one item a line; settings in ?settings=" },
    };
  return {
    operationId: declaration.name,
    summary: declaration.summary,
    tags: [declaration.area],
    description: isBatch(declaration) ? "A batch: its items are capped per request (serve --max-batch)." : undefined,
    requestBody: { required: true, content },
    responses: {
      "200": { description: "The library's result, as JSON", content: { "application/json": { schema: {} } } },
      "400": PROBLEM,
      "413": PROBLEM,
      "415": PROBLEM,
    },
  };
}

const get = (summary: string, parameters: Json[] = []): Json => ({
  get: { summary, parameters, responses: { "200": { description: summary }, "404": PROBLEM } },
});

/** The document, for the operations served. */
export function openApiDocument(operations: readonly AnyDeclaration[], version: string): Json {
  const paths: Json = {
    "/healthz": get("Whether the server answers"),
    "/v1/rules": get("Every rule of the catalogue, with its versions and citations"),
    "/v1/rules/{id}": get("One rule", [{ name: "id", in: "path", required: true, schema: { type: "string" } }]),
    "/v1/sources": get("The documents the rules come from"),
    "/v1/calendar/holidays": get("A year's Illinois State Holidays", [
      { name: "year", in: "query", required: true, schema: { type: "integer", minimum: 1, maximum: 9999 } },
    ]),
  };
  for (const declaration of operations) paths[`/v1/${declaration.name}`] = { post: operation(declaration) };
  return {
    openapi: "3.1.0",
    info: { title: "hfs-mco-rules", version, description: "Illinois Medicaid managed-care compliance rules" },
    paths,
    components: {
      schemas: {
        Problem: {
          type: "object",
          required: ["type", "title", "status", "detail"],
          properties: {
            type: { type: "string" },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string" },
            operation: { type: ["string", "null"] },
            issues: { type: "array", items: { type: "object" } },
          },
        },
      },
    },
  };
}
