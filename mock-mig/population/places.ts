// Six CCGs in one synthetic region. Towns and postcode districts are real places so addresses look
// right; every practice, person and street number built on them is invented.

import type { ListProfile } from "./age-mix";

export interface CcgDef {
  code: string;
  name: string;
  practiceCount: number;
  /** [town, postcode area, district numbers] */
  towns: readonly (readonly [string, string, readonly number[]])[];
  profiles: readonly ListProfile[];
}

export const CCGS: readonly CcgDef[] = [
  {
    code: "X01",
    name: "NHS Leeds North and East CCG (synthetic)",
    practiceCount: 38,
    profiles: ["young", "typical", "typical"],
    towns: [
      ["Leeds", "LS", [1, 2, 6, 7, 8, 9, 11, 12, 14, 15, 16, 17]],
      ["Wetherby", "LS", [22, 23]],
      ["Otley", "LS", [21]],
    ],
  },
  {
    code: "X02",
    name: "NHS Aire Valley CCG (synthetic)",
    practiceCount: 31,
    profiles: ["typical", "young", "typical"],
    towns: [
      ["Bradford", "BD", [1, 2, 3, 4, 5, 7, 8, 9, 10]],
      ["Keighley", "BD", [20, 21, 22]],
      ["Shipley", "BD", [17, 18]],
    ],
  },
  {
    code: "X03",
    name: "NHS Wakefield Five Towns CCG (synthetic)",
    practiceCount: 27,
    profiles: ["typical", "typical", "old"],
    towns: [
      ["Wakefield", "WF", [1, 2, 3, 4]],
      ["Pontefract", "WF", [8, 9]],
      ["Castleford", "WF", [10]],
      ["Ossett", "WF", [5]],
    ],
  },
  {
    code: "X04",
    name: "NHS Kirklees Moor CCG (synthetic)",
    practiceCount: 22,
    profiles: ["typical", "old", "young"],
    towns: [
      ["Huddersfield", "HD", [1, 2, 3, 4, 5, 7]],
      ["Holmfirth", "HD", [9]],
      ["Dewsbury", "WF", [12, 13]],
    ],
  },
  {
    code: "X05",
    name: "NHS Calderdale Hills CCG (synthetic)",
    practiceCount: 15,
    profiles: ["typical", "old"],
    towns: [
      ["Halifax", "HX", [1, 2, 3]],
      ["Brighouse", "HD", [6]],
      ["Hebden Bridge", "HX", [7]],
      ["Sowerby Bridge", "HX", [6]],
    ],
  },
  {
    code: "X06",
    name: "NHS Harrogate and Dales CCG (synthetic)",
    practiceCount: 10,
    profiles: ["old", "old", "typical"],
    towns: [
      ["Harrogate", "HG", [1, 2, 3]],
      ["Ripon", "HG", [4]],
      ["Knaresborough", "HG", [5]],
    ],
  },
];

export const STREET_STEMS = [
  "Station",
  "Church",
  "Park",
  "Victoria",
  "Albert",
  "Mill",
  "Manor",
  "Queen's",
  "King's",
  "Chapel",
  "School",
  "Moor",
  "Westfield",
  "Oak",
  "Beech",
  "Ash",
  "Grange",
  "Highfield",
  "Springfield",
  "Meadow",
  "Green",
  "Broad",
  "Market",
  "Bridge",
  "Windmill",
  "Orchard",
  "Hollin",
  "Cliffe",
  "Brook",
  "Heather",
  "Fairfax",
  "Clarendon",
] as const;

export const STREET_KINDS = [
  "Road",
  "Street",
  "Lane",
  "Avenue",
  "Close",
  "Drive",
  "Way",
  "Crescent",
  "Grove",
  "Terrace",
  "Gardens",
  "View",
  "Mount",
  "Court",
] as const;

export const PRACTICE_NAME_PATTERNS = [
  (place: string) => `${place} Medical Centre`,
  (place: string) => `${place} Health Centre`,
  (place: string) => `${place} Surgery`,
  (place: string) => `The ${place} Practice`,
  (place: string) => `${place} Family Practice`,
  (place: string) => `${place} Group Practice`,
] as const;

/** Letters allowed in the inward part of a UK postcode. */
export const POSTCODE_UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
