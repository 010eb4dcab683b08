/** User-visible texts of the administration portal. */
export const adminStrings = {
  title: 'Administration portal',
  purpose: 'Running your organisation on LifeCare Nexus: its people, its settings and its integrations.',
  scope: [
    'Manage members and their roles',
    'Configure your organisation',
    'Review the audit trail',
    'Connect other systems through the API',
  ],
  apiDocsNav: 'API documentation',
  platformHeading: 'This installation',
  productLabel: 'Product',
  versionLabel: 'Version',
  databaseLabel: 'Database',
  databaseEmbedded: 'Embedded (PGlite, data on this server)',
  databasePostgres: 'PostgreSQL server',
  modeLabel: 'Mode',
  modeDemo: 'Demo: demo clinic and accounts are seeded',
  modeRegular: 'Regular',
  apiHeading: 'Integrations',
  apiIntro:
    'Other systems connect to LifeCare Nexus through its REST API. The documentation lists every endpoint and lets you try them.',
  apiDocsLink: 'Open the API documentation',
  openApiLink: 'OpenAPI description (JSON)',
  platformLoading: 'Loading installation details…',
  platformFailed: 'The installation details could not be loaded.',
};
