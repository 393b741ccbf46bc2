// zod's own messages, for the rare input that no schema gives a message of its own (an array
// where an object belongs, a key nobody expects): in Dutch, like every other message. zod
// keeps this setting per process, so the first schema module loaded sets it for all.
import { z } from "zod";

z.config(z.locales.nl());
