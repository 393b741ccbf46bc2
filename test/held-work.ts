// Stand-in work for the tests of bounds (the print queue, the work limiter): it runs until
// released, noting when it started and ended, and fails on release when told to.

export function heldWork(log: string[], name: string, { fail = false }: { fail?: boolean } = {}) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  return {
    release,
    work: async () => {
      log.push(`start ${name}`);
      await released;
      log.push(`end ${name}`);
      if (fail) throw new Error(name);
      return name;
    },
  };
}

/** Lets every promise that can settle, settle. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
