"use client";
// The "why are you looking?" form, loaded only when it is shown. An open record never renders it, so the record
// page does not ship it, nor zod (the form validates with the server's schema, about 30 kB gzipped).
// Still server-rendered when shown; its chunk is preloaded from the HTML.
import dynamic from "next/dynamic";

export const AccessReasonForm = dynamic(() => import("./access-reason-form").then((m) => m.AccessReasonForm));
