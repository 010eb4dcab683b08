/** Query keys of member administration. */
export const membersKeys = {
  all: ['members'] as const,
  list: (organisationId: string) => ['members', organisationId] as const,
};
