// The one error for "a library internal we patch is gone": an upgrade moved it. It names
// the internal and the file to revisit, instead of failing later in a way nobody can place.
export class EngineInternalsChangedError extends Error {
  constructor(library: string, internal: string, file: string) {
    super(
      `De migratiemodule vindt '${internal}' van ${library} niet meer: die bibliotheek is veranderd, controleer ${file} voor deze versie.`,
    );
  }
}

export function requireFunction<T>(owner: object | undefined, name: string, library: string, file: string): T {
  const value = owner ? (owner as Record<string, unknown>)[name] : undefined;
  if (typeof value !== "function") throw new EngineInternalsChangedError(library, name, file);
  return value as T;
}
