// The forms of people who are not signed in share runFormAction's core but not its user:
// only the kept fields travel back (never a password), and every AppError is something to
// correct on the form, a refusal included, since there is no one to write a refusal for.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { runPublicFormAction } from "@/lib/actions/run-public-form-action";

const Schema = z.object({ email: z.string().min(1, "Vul uw e-mailadres in."), password: z.string() });

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

function submit(fields: Record<string, string>, run: (input: z.output<typeof Schema>) => Promise<string>) {
  return runPublicFormAction({ formData: form(fields), schema: Schema, run, success: "Gelukt.", keep: ["email"] });
}

const filled = { email: "a@example.nl", password: "geheim wachtwoord" };

describe("runPublicFormAction", () => {
  it("runs the work with the parsed input and confirms it", async () => {
    const result = await submit(filled, async (input) => input.email);
    expect(result).toEqual({ status: "success", message: "Gelukt.", data: "a@example.nl" });
  });

  it("gives back only the kept fields when the input is wrong, and runs nothing", async () => {
    let ran = false;
    const result = await submit({ email: "", password: "geheim" }, async () => {
      ran = true;
      return "";
    });
    expect(ran).toBe(false);
    expect(result).toMatchObject({ status: "invalid", fieldErrors: { email: "Vul uw e-mailadres in." } });
    expect(result.status === "invalid" && result.values).toEqual({ email: "" });
  });

  it("refuses a control character in any field, a password too, without giving the password back", async () => {
    const result = await submit({ ...filled, password: "geheim\u0000" }, async () => "");
    expect(result.status).toBe("invalid");
    expect(result.status === "invalid" && Object.keys(result.fieldErrors)).toEqual(["password"]);
    expect(result.status === "invalid" && result.values).toEqual({ email: "a@example.nl" });
  });

  it("shows an AppError on its field, or above the form; a refusal too", async () => {
    const onField = await submit(filled, async () => {
      throw new AppError("INVALID", "Onjuist.", { fieldError: { field: "password", message: "Te kort." } });
    });
    expect(onField).toMatchObject({ status: "invalid", fieldErrors: { password: "Te kort." } });
    const refused = await submit(filled, async () => {
      throw new AppError("FORBIDDEN", "Deze link is verlopen.");
    });
    expect(refused).toEqual({
      status: "invalid",
      message: "Deze link is verlopen.",
      fieldErrors: {},
      values: { email: "a@example.nl" },
    });
  });

  it("answers anything else with the generic message and a reference, not the error's text", async () => {
    const result = await submit(filled, async () => {
      throw new Error("verbinding met de database verbroken");
    });
    expect(result.status).toBe("error");
    expect(result.status === "error" && result.reference).toMatch(/^[0-9a-f]{10}$/);
    expect(JSON.stringify(result)).not.toContain("verbinding");
    expect(JSON.stringify(result)).not.toContain("geheim");
  });
});
