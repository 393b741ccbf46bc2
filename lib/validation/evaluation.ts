// "Evaluatie registreren": a further evaluation whose recommendations the app follows.
import { z } from "zod";
import { nl } from "@/lib/i18n/nl";
import { calendarDate, optionalCalendarDate, requiredText } from "@/lib/validation/fields";

const messages = nl.recommendations.evaluationValidation;

export const RegisterEvaluationSchema = z
  .object({
    title: requiredText(messages.titleLabel, 300),
    periodEvaluated: requiredText(messages.periodLabel, 300),
    evaluator: requiredText(messages.evaluatorLabel, 200),
    reportDate: calendarDate,
    sentToParliamentOn: optionalCalendarDate,
    source: requiredText(messages.sourceLabel, 1000),
  })
  .superRefine((input, context) => {
    // Calendar dates as "YYYY-MM-DD" compare as text.
    if (input.sentToParliamentOn && input.sentToParliamentOn < input.reportDate) {
      context.addIssue({ code: "custom", path: ["sentToParliamentOn"], message: messages.sentBeforeReport });
    }
  });

export type RegisterEvaluationInput = z.infer<typeof RegisterEvaluationSchema>;
