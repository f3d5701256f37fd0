import { tz } from "@date-fns/tz";

/**
 * Every calendar calculation runs in UK civil time, whatever the time zone of the server or
 * browser: a GP record's "14-Jul-1945" and "today" must mean the same day for every user.
 */
export const UK_TIME_ZONE = "Europe/London";
export const inUk = tz(UK_TIME_ZONE);

export { NOT_RECORDED } from "./not-recorded";
