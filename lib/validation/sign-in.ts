import "@/lib/validation/dutch-zod-messages";
import { z } from "zod";
import { signInMessages as nl } from "@/lib/i18n/sign-in";

export const SignInSchema = z.object({
  email: z
    .string({ error: nl.signIn.emailRequired })
    .trim()
    .toLowerCase()
    .min(1, nl.signIn.emailRequired)
    .pipe(z.email({ error: nl.signIn.emailInvalid })),
  password: z.string({ error: nl.signIn.passwordRequired }).min(1, nl.signIn.passwordRequired).max(1024),
});

export type SignInInput = z.infer<typeof SignInSchema>;
