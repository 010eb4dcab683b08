import { z } from 'zod';

/** The symptoms-and-history questionnaire: its definition as the portal renders it, and the answers. */

export const QuestionType = z.enum([
  'boolean',
  'choice',
  'multi-choice',
  'integer',
  'decimal',
  'date',
  'string',
  'text',
]);
export type QuestionType = z.infer<typeof QuestionType>;

export const QuestionOption = z.object({ code: z.string(), display: z.string() });

export type Question = {
  linkId: string;
  text: string;
  type: QuestionType;
  required: boolean;
  options: { code: string; display: string }[];
  unit: string | null;
  min: number | null;
  max: number | null;
  /** Shown only when the question `linkId` was answered with `answer` (a boolean or an option code). */
  enableWhen: { linkId: string; answer: boolean | string } | null;
};
export const Question: z.ZodType<Question> = z.object({
  linkId: z.string(),
  text: z.string(),
  type: QuestionType,
  required: z.boolean(),
  options: z.array(QuestionOption),
  unit: z.string().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  enableWhen: z.object({ linkId: z.string(), answer: z.union([z.boolean(), z.string()]) }).nullable(),
});

export const QuestionnaireSection = z.object({
  linkId: z.string(),
  title: z.string(),
  questions: z.array(Question),
});
export type QuestionnaireSection = z.infer<typeof QuestionnaireSection>;

/** A questionnaire as the portal renders it (stored as a FHIR Questionnaire). */
export const QuestionnaireDefinition = z.object({
  id: z.string(),
  url: z.string(),
  version: z.string(),
  title: z.string(),
  description: z.string(),
  sections: z.array(QuestionnaireSection),
});
export type QuestionnaireDefinition = z.infer<typeof QuestionnaireDefinition>;

export const AnswerValue = z.union([
  z.boolean(),
  z.number().finite(),
  z.string().max(5000),
  z.array(z.string().max(100)).max(50),
]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/** The patient's answers, by question linkId (a list of option codes for multi-choice). */
export const SubmitQuestionnaireRequest = z.object({
  answers: z.record(z.string().min(1).max(64), AnswerValue),
});
export type SubmitQuestionnaireRequest = z.infer<typeof SubmitQuestionnaireRequest>;

/** A submitted questionnaire, question by question, as the clinician reads it. */
export const QuestionnaireAnswers = z.object({
  id: z.string(),
  questionnaireTitle: z.string(),
  submittedAt: z.string(),
  author: z.string().nullable(),
  sections: z.array(
    z.object({
      title: z.string(),
      answers: z.array(z.object({ linkId: z.string(), question: z.string(), answer: z.string() })),
    }),
  ),
});
export type QuestionnaireAnswers = z.infer<typeof QuestionnaireAnswers>;
export const QuestionnaireAnswersList = z.object({ responses: z.array(QuestionnaireAnswers) });
export type QuestionnaireAnswersList = z.infer<typeof QuestionnaireAnswersList>;
