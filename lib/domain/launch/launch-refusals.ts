// Why a launch from a host system was refused, in the app's own words: what happened and what the clinician can do.
// The refusal page (/launch/refused?why=<code>) shows these; the audit event carries the code. No zod here: the page
// and its tests import this without the validation code.

export const LAUNCH_REFUSALS = [
  "no-token",
  "malformed",
  "unknown-issuer",
  "bad-signature",
  "expired",
  "not-yet-valid",
  "lifetime-too-long",
  "wrong-audience",
  "replayed",
  "missing-claims",
  "role-not-allowed",
  "organisation-not-allowed",
  "invalid-nhs-number",
  "unknown-patient",
  "unknown-user",
  "user-mismatch",
  "unknown-organisation",
  "user-inactive",
  "unavailable",
] as const;

export type LaunchRefusal = (typeof LAUNCH_REFUSALS)[number];

export function isLaunchRefusal(value: unknown): value is LaunchRefusal {
  return typeof value === "string" && (LAUNCH_REFUSALS as readonly string[]).includes(value);
}

export type LaunchRefusalText = { title: string; explanation: string; action: string };

const OPEN_AGAIN = "Go back to your system and open the GP record again from the patient.";
const CALL_SUPPORT = "Nothing has been shown. Tell your IT service desk: the attempt has been recorded.";

export const LAUNCH_REFUSAL_TEXT: Record<LaunchRefusal, LaunchRefusalText> = {
  "no-token": {
    title: "The GP record was not opened: nothing was sent by your system",
    explanation: "This address opens the GP record from another clinical system, which sends who you are and which patient.",
    action: "Open the GP record from the patient in your system, or sign in to the viewer and search for the patient.",
  },
  malformed: {
    title: "The GP record was not opened: the launch could not be read",
    explanation: "Your system sent a launch the viewer could not read.",
    action: CALL_SUPPORT,
  },
  "unknown-issuer": {
    title: "The GP record was not opened: your system is not registered with the viewer",
    explanation: "Only clinical systems registered with the viewer may open the GP record for their users.",
    action: CALL_SUPPORT,
  },
  "bad-signature": {
    title: "The GP record was not opened: the launch was not signed by your system",
    explanation:
      "The launch did not carry a valid signature from the system it names. It may have been changed on the way, or not come from your system.",
    action: CALL_SUPPORT,
  },
  expired: {
    title: "The GP record was not opened: the launch had expired",
    explanation: "A launch is valid for two minutes at most. This one was older than that when it arrived.",
    action: OPEN_AGAIN,
  },
  "not-yet-valid": {
    title: "The GP record was not opened: the launch is dated in the future",
    explanation: "Your system's clock and the viewer's disagree by more than the viewer allows.",
    action: CALL_SUPPORT,
  },
  "lifetime-too-long": {
    title: "The GP record was not opened: the launch was valid for too long",
    explanation: "A launch may be valid for two minutes at most. Your system sent one valid for longer.",
    action: CALL_SUPPORT,
  },
  "wrong-audience": {
    title: "The GP record was not opened: the launch was meant for another service",
    explanation: "The launch was addressed to a different service, not to this viewer.",
    action: CALL_SUPPORT,
  },
  replayed: {
    title: "The GP record was not opened: this launch has already been used",
    explanation:
      "Each launch opens the record once. This one had been used before: a page reloaded or sent back, or a copy of an earlier launch.",
    action: OPEN_AGAIN,
  },
  "missing-claims": {
    title: "The GP record was not opened: the launch left out who you are or which patient",
    explanation: "The launch must name you (your user id, name, role and organisation), the patient's NHS number and your reason.",
    action: CALL_SUPPORT,
  },
  "role-not-allowed": {
    title: "The GP record was not opened: your role cannot open it from this system",
    explanation: "Your system is not registered to open the GP record for users in your role.",
    action: "Sign in to the viewer directly if your role allows it, or ask your IT service desk. The attempt has been recorded.",
  },
  "organisation-not-allowed": {
    title: "The GP record was not opened: your organisation cannot open it from this system",
    explanation: "Your system is not registered to open the GP record for your organisation.",
    action: "Sign in to the viewer directly, or ask your IT service desk. The attempt has been recorded.",
  },
  "invalid-nhs-number": {
    title: "The GP record was not opened: the patient's NHS number is not valid",
    explanation: "The NHS number your system sent is not a valid NHS number (its check digit does not match).",
    action: "Check the NHS number on the patient's record in your system, then open the GP record again.",
  },
  "unknown-patient": {
    title: "The GP record was not opened: no patient has that NHS number",
    explanation: "The national records service does not know the NHS number your system sent.",
    action: "Check the NHS number on the patient's record in your system, then open the GP record again.",
  },
  "unknown-user": {
    title: "The GP record was not opened: you do not have an account in the viewer",
    explanation: "Your system named a user the viewer does not know, and it is not registered to set up new users.",
    action: "Ask your administrator for a viewer account linked to your NHS smartcard user id.",
  },
  "user-mismatch": {
    title: "The GP record was not opened: your account has a different role or organisation",
    explanation: "Your viewer account's role or organisation does not match the one your system sent.",
    action: "Ask your administrator to check your viewer account. The attempt has been recorded.",
  },
  "unknown-organisation": {
    title: "The GP record was not opened: your organisation is not set up in the viewer",
    explanation: "Your system named an organisation the viewer does not have.",
    action: "Ask your administrator to add your organisation. The attempt has been recorded.",
  },
  "user-inactive": {
    title: "The GP record was not opened: your viewer account is switched off",
    explanation: "Your account in the viewer has been deactivated.",
    action: "Ask your administrator. The attempt has been recorded.",
  },
  unavailable: {
    title: "The GP record was not opened: the service is having a problem",
    explanation: "The viewer could not check or record the launch just now, so nothing has been shown.",
    action: "Try again in a few minutes. If it keeps happening, tell your IT service desk.",
  },
};
