/** User-visible texts of the API client (problems it describes itself). */
export const apiStrings = {
  networkErrorTitle: 'Cannot reach the server',
  networkErrorDetail: 'LifeCare Nexus cannot reach its server. Check your connection and try again.',
  unexpectedResponseTitle: 'Unexpected response',
  unexpectedResponseDetail: 'The server sent an answer this app does not understand. Try again in a moment.',
  serverErrorDetail: 'Something went wrong on the server. Try again in a moment.',
};
