/** The id of the example credential, shared by the Server Component page and the client provider. */
export const EXAMPLE_CREDENTIAL_ID = 'exemplo-trf4-rs054321'
