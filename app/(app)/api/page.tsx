// API-documentatie: the reference of /api/v1, rendered on the server from the same OpenAPI
// document the API serves (lib/api/openapi-document.ts), in Dutch. For signed-in users; the
// JSON document itself is public at /api/v1/openapi.json.
import type { Metadata } from "next";
import { Fragment } from "react";
import Link from "next/link";
import { requireUser } from "@/lib/auth/require-user";
import { nl } from "@/lib/i18n/nl";
import { API_BASE_PATH, OPENAPI_PATH, openApiDocument } from "@/lib/api/openapi-document";
import { PROBLEM_TITLES } from "@/lib/api/problem";
import { API_RATE_LIMIT_PER_MINUTE } from "@/lib/api/rate-limit";
import { ApiOperationReference, type OperationView } from "@/components/api/api-operation-reference";

export const metadata: Metadata = { title: nl.api.reference.title };

export default async function ApiReferencePage() {
  await requireUser();
  const document = openApiDocument() as {
    paths: Record<string, Record<string, OperationView>>;
    components: { responses: Record<string, { description: string }> };
  };
  const r = nl.api.reference;
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
  );
  const statuses = Object.keys(document.components.responses).map((key) => Number(key.replace("Problem", "")));

  return (
    <>
      <h1 className="utrecht-heading-1">{r.title}</h1>
      <p className="utrecht-paragraph lead prose">{r.intro}</p>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={`${API_BASE_PATH}${OPENAPI_PATH}`}>
          {r.documentLink}
        </a>
      </p>

      <section className="page-section" aria-labelledby="api-auth-titel">
        <h2 className="utrecht-heading-2" id="api-auth-titel">
          {r.authTitle}
        </h2>
        <p className="utrecht-paragraph prose">{r.auth}</p>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href="/profiel#api-tokens-titel">
            {r.profileLink}
          </Link>
        </p>
        <pre className="api-example">
          <code>{`curl -H "Authorization: Bearer opv_…" ${API_BASE_PATH}/actions?status=DELAYED`}</code>
        </pre>
      </section>

      <section className="page-section" aria-labelledby="api-regels-titel">
        <h2 className="utrecht-heading-2" id="api-regels-titel">
          {r.rulesTitle}
        </h2>
        <ul className="utrecht-unordered-list prose">
          {[...r.rules, r.rateLimit(API_RATE_LIMIT_PER_MINUTE)].map((rule) => (
            <li key={rule} className="utrecht-unordered-list__item">
              {rule}
            </li>
          ))}
        </ul>
        <h3 className="utrecht-heading-3">{r.errorsTitle}</h3>
        <dl className="details-list api-errors">
          {statuses.map((status) => (
            <Fragment key={status}>
              <dt id={`fout-${status}`}>
                <code>{status}</code>
              </dt>
              <dd>{PROBLEM_TITLES[status]}</dd>
            </Fragment>
          ))}
        </dl>
      </section>

      <section className="page-section" aria-labelledby="api-routes-titel">
        <h2 className="utrecht-heading-2" id="api-routes-titel">
          {r.operationsTitle}
        </h2>
        <nav aria-labelledby="api-routes-titel">
          <ul className="utrecht-unordered-list api-routes">
            {operations.map(({ path, method, operation }) => (
              <li key={`${method} ${path}`} className="utrecht-unordered-list__item">
                <a className="utrecht-link" href={`#${operation.operationId}`}>
                  <code>
                    {method.toUpperCase()} {API_BASE_PATH}
                    {path}
                  </code>
                </a>{" "}
                — {operation.summary}
              </li>
            ))}
          </ul>
        </nav>
        {operations.map(({ path, method, operation }) => (
          <ApiOperationReference
            key={`${method} ${path}`}
            path={`${API_BASE_PATH}${path}`}
            method={method}
            operation={operation}
          />
        ))}
      </section>
    </>
  );
}
