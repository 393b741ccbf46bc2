// One operation of the API reference (/api), from its OpenAPI object: method and path,
// summary and description, the parameters, the body's fields and the answers.
import { nl } from "@/lib/i18n/nl";
import { DataTable } from "@/components/ui/data-table";
import { PROBLEM_TITLES } from "@/lib/api/problem";

type Schema = { [key: string]: unknown };

export type OperationView = {
  operationId: string;
  summary: string;
  description: string;
  security?: unknown[];
  parameters?: { name: string; in: string; required: boolean; description: string; schema: Schema }[];
  requestBody?: { content: { "application/json": { schema: Schema } } };
  responses: Record<
    string,
    { description?: string; $ref?: string; content?: { "application/json"?: { schema: Schema } } }
  >;
};

type Props = { path: string; method: string; operation: OperationView };

export function ApiOperationReference({ path, method, operation }: Props) {
  const r = nl.api.reference;
  const body = operation.requestBody?.content["application/json"].schema;
  const required = new Set((body?.required as string[] | undefined) ?? []);
  const fields = Object.entries((body?.properties ?? {}) as Record<string, Schema>);
  const headingId = operation.operationId;
  const answer = answerFields(operation);
  return (
    <article className="api-operation" aria-labelledby={headingId}>
      <h3 className="utrecht-heading-3" id={headingId}>
        {operation.summary}
      </h3>
      <p className="api-operation__path">
        <code>
          <span className="api-operation__method">{method.toUpperCase()}</span> {path}
        </code>
      </p>
      <p className="utrecht-paragraph prose">{operation.description}</p>
      {operation.security?.length === 0 && <p className="utrecht-paragraph">{r.noAuth}</p>}

      {operation.parameters && operation.parameters.length > 0 && (
        <>
          <h4 className="utrecht-heading-4">{r.parameters}</h4>
          <DataTable
            caption={`${r.parameters}: ${operation.summary}`}
            columns={[
              r.parameterColumns.name,
              r.parameterColumns.where,
              r.parameterColumns.type,
              r.parameterColumns.required,
              r.parameterColumns.description,
            ]}
          >
            {operation.parameters.map((parameter) => (
              <tr key={`${parameter.in} ${parameter.name}`}>
                <th scope="row">
                  <code>{parameter.name}</code>
                </th>
                <td>{r.parameterIn[parameter.in] ?? parameter.in}</td>
                <td>{typeLabel(parameter.schema)}</td>
                <td>{parameter.required ? r.yes : r.no}</td>
                <td>{parameter.description}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}

      {fields.length > 0 && (
        <>
          <h4 className="utrecht-heading-4">{r.requestBody}</h4>
          <DataTable
            caption={`${r.requestBody}: ${operation.summary}`}
            columns={[r.fieldColumns.name, r.fieldColumns.type, r.fieldColumns.required, r.fieldColumns.description]}
          >
            {fields.map(([name, schema]) => (
              <tr key={name}>
                <th scope="row">
                  <code>{name}</code>
                </th>
                <td>{typeLabel(schema)}</td>
                <td>{required.has(name) ? r.yes : r.no}</td>
                <td>{typeof schema.description === "string" ? schema.description : ""}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}

      {answer && answer.fields.length > 0 && (
        <>
          <h4 className="utrecht-heading-4">{answer.perItem ? r.responseItemFields : r.responseFields}</h4>
          <DataTable
            caption={`${answer.perItem ? r.responseItemFields : r.responseFields}: ${operation.summary}`}
            columns={[r.fieldColumns.name, r.fieldColumns.type, r.fieldColumns.description]}
          >
            {answer.fields.map(([name, schema]) => (
              <tr key={name}>
                <th scope="row">
                  <code>{name}</code>
                </th>
                <td>{typeLabel(schema)}</td>
                <td>{typeof schema.description === "string" ? schema.description : ""}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}

      <h4 className="utrecht-heading-4">{r.responses}</h4>
      <ul className="utrecht-unordered-list api-operation__responses">
        {Object.entries(operation.responses).map(([status, response]) => (
          <li key={status} className="utrecht-unordered-list__item">
            {response.$ref ? (
              <a className="utrecht-link" href={`#fout-${status}`}>
                <code>{status}</code>
              </a>
            ) : (
              <code>{status}</code>
            )}{" "}
            {response.description ?? PROBLEM_TITLES[Number(status)] ?? ""}
          </li>
        ))}
      </ul>
    </article>
  );
}

/** The fields of the success answer; for a list, the fields of each item. */
function answerFields(operation: OperationView): { perItem: boolean; fields: [string, Schema][] } | null {
  const success = Object.entries(operation.responses).find(([status]) => status.startsWith("2"))?.[1];
  const schema = success?.content?.["application/json"]?.schema;
  if (!schema) return null;
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const items = properties.items?.items as Schema | undefined;
  if (properties.items?.type === "array" && items?.properties)
    return { perItem: true, fields: Object.entries(items.properties as Record<string, Schema>) };
  return { perItem: false, fields: Object.entries(properties) };
}

/** A short type for the tables: "integer (0–100)", "NOT_STARTED | IN_PROGRESS", "lijst van …", "JJJJ-MM-DD". */
export function typeLabel(schema: Schema): string {
  if (Array.isArray(schema.enum)) return schema.enum.join(" | ");
  if (schema.const !== undefined) return String(schema.const);
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Schema[]).map(typeLabel).join(" of ");
  if (schema.type === "array") return `lijst van ${typeLabel((schema.items ?? {}) as Schema)}`;
  if (schema.type === "object") return "object";
  if (schema.type === "string" && (schema.format === "date" || schema.pattern === "^\\d{4}-\\d{2}-\\d{2}$"))
    return "datum (JJJJ-MM-DD)";
  if (schema.type === "string" && schema.format === "date-time") return "tijdstip (ISO 8601)";
  const range =
    typeof schema.minimum === "number" && typeof schema.maximum === "number" && schema.maximum < 1_000_000
      ? ` (${schema.minimum}–${schema.maximum})`
      : "";
  const length = typeof schema.maxLength === "number" ? ` (hoogstens ${schema.maxLength} tekens)` : "";
  return `${String(schema.type ?? "waarde")}${range}${length}`;
}
