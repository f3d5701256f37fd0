// Names that look like a registered list in England: common surnames weighted roughly by frequency,
// forenames by sex and by the era in which the person was born.

export const SURNAMES: readonly (readonly [string, number])[] = [
  ["Smith", 126], ["Jones", 100], ["Williams", 70], ["Taylor", 60], ["Brown", 57], ["Davies", 50],
  ["Evans", 40], ["Wilson", 40], ["Thomas", 37], ["Johnson", 35], ["Roberts", 34], ["Robinson", 30],
  ["Thompson", 30], ["Wright", 30], ["Walker", 28], ["White", 27], ["Edwards", 26], ["Hughes", 26],
  ["Green", 25], ["Hall", 25], ["Lewis", 25], ["Harris", 25], ["Clarke", 24], ["Patel", 24], ["Jackson", 22],
  ["Wood", 22], ["Turner", 20], ["Martin", 20], ["Cooper", 20], ["Hill", 20], ["Ward", 20], ["Morris", 19],
  ["Moore", 19], ["Clark", 18], ["Lee", 18], ["King", 18], ["Baker", 18], ["Harrison", 18], ["Morgan", 17],
  ["Allen", 17], ["James", 17], ["Scott", 16], ["Phillips", 16], ["Watson", 16], ["Davis", 16], ["Parker", 15],
  ["Price", 15], ["Bennett", 15], ["Young", 15], ["Griffiths", 14], ["Mitchell", 14], ["Kelly", 14], ["Cook", 14],
  ["Carter", 14], ["Richardson", 14], ["Bailey", 13], ["Collins", 13], ["Bell", 13], ["Shaw", 13], ["Murphy", 13],
  ["Miller", 13], ["Cox", 12], ["Richards", 12], ["Khan", 12], ["Marshall", 12], ["Anderson", 12], ["Simpson", 12],
  ["Ellis", 12], ["Adams", 11], ["Singh", 11], ["Begum", 11], ["Wilkinson", 11], ["Foster", 11], ["Chapman", 11],
  ["Powell", 11], ["Webb", 10], ["Rogers", 10], ["Gray", 10], ["Mason", 10], ["Ali", 10], ["Hunt", 10],
  ["Hussain", 10], ["Campbell", 10], ["Matthews", 10], ["Owen", 10], ["Palmer", 10], ["Holmes", 10], ["Mills", 10],
  ["Barnes", 10], ["Knight", 10], ["Lloyd", 10], ["Butler", 10], ["Russell", 10], ["Barker", 10], ["Fisher", 10],
  ["Stevens", 10], ["Jenkins", 10], ["Murray", 10], ["Dixon", 10], ["Harvey", 10], ["Graham", 9], ["Pearson", 9],
  ["Ahmed", 9], ["Fletcher", 9], ["Walsh", 9], ["Kaur", 9], ["Gibson", 9], ["Howard", 9], ["Andrews", 9],
  ["Stewart", 9], ["Elliott", 9], ["Reynolds", 9], ["Saunders", 9], ["Payne", 9], ["Fox", 9], ["Ford", 9],
  ["Pearce", 9], ["Day", 8], ["Brooks", 8], ["West", 8], ["Lawrence", 8], ["Cole", 8], ["Atkinson", 8],
  ["Bradley", 8], ["Spencer", 8], ["Gill", 8], ["Dawson", 8], ["Ball", 8], ["Burton", 8], ["O'Brien", 8],
  ["Watts", 8], ["Rose", 8], ["Booth", 8], ["Perry", 8], ["Ryan", 8], ["Grant", 8], ["Wells", 8], ["Armstrong", 8],
  ["Francis", 8], ["Rees", 8], ["Hayes", 8], ["Hart", 8], ["Hudson", 8], ["Newman", 8], ["Barrett", 8],
  ["Webster", 8], ["Hunter", 8], ["Gregory", 8], ["Carr", 8], ["Lowe", 8], ["Page", 8], ["Marsh", 8], ["Riley", 8],
  ["Dunn", 8], ["Woods", 8], ["Parsons", 8], ["Berry", 8], ["Stone", 8], ["Reid", 8], ["Holland", 7],
  ["Hawkins", 7], ["Harding", 7], ["Porter", 7], ["Robertson", 7], ["Newton", 7], ["Oliver", 7], ["Reed", 7],
  ["Kennedy", 7], ["Williamson", 7], ["Bird", 7], ["Gardner", 7], ["Shah", 7], ["Dean", 7], ["Lane", 7],
  ["Cooke", 7], ["Bates", 7], ["Henderson", 7], ["Parry", 7], ["Burgess", 7], ["Bishop", 7], ["Walton", 7],
  ["Burns", 7], ["Nicholson", 7], ["Shepherd", 7], ["Ross", 7], ["Cross", 7], ["Long", 7], ["Freeman", 7],
  ["Warren", 7], ["Nicholls", 7], ["Hamilton", 7], ["Byrne", 7], ["Sutton", 7], ["McDonald", 7], ["Yates", 7],
  ["Hodgson", 7], ["Robson", 7], ["Curtis", 7], ["Hopkins", 7], ["O'Connor", 7], ["Harper", 7], ["Coleman", 7],
  ["Watkins", 7], ["Moss", 7], ["McCarthy", 7], ["Chambers", 7], ["O'Neill", 7], ["Griffin", 7], ["Sharp", 7],
  ["Hardy", 7], ["Wheeler", 7], ["Potter", 7], ["Osborne", 7], ["Johnston", 7], ["Gordon", 7], ["Doyle", 7],
  ["Wallace", 7], ["George", 7], ["Jordan", 7], ["Hutchinson", 7], ["Rowe", 7], ["Burke", 7], ["May", 7],
  ["Pritchard", 6], ["Gilbert", 6], ["Willis", 6], ["Higgins", 6], ["Read", 6], ["Miles", 6], ["Stevenson", 6],
  ["Stephenson", 6], ["Hammond", 6], ["Arnold", 6], ["Buckley", 6], ["Walters", 6], ["Hewitt", 6], ["Barber", 6],
  ["Nelson", 6], ["Slater", 6], ["Austin", 6], ["Sullivan", 6], ["Whitehead", 6], ["Mann", 6], ["Frost", 6],
  ["Lambert", 6], ["Stephens", 6], ["Blake", 6], ["Akhtar", 6], ["Lynch", 6], ["Goodwin", 6], ["Barton", 6],
  ["Woodward", 6], ["Thomson", 6], ["Cunningham", 6], ["Quinn", 6], ["Barnett", 6], ["Baxter", 6], ["Bibi", 6],
  ["Clayton", 6], ["Nash", 6], ["Greenwood", 6], ["Jennings", 6], ["Holt", 6], ["Kemp", 6], ["Poole", 6],
  ["Gallagher", 6], ["Bond", 6], ["Stokes", 6], ["Tucker", 6], ["Davidson", 6], ["Fowler", 6], ["Heath", 6],
  ["Norman", 6], ["Middleton", 6], ["Lawson", 6], ["Banks", 6], ["French", 6], ["Stanley", 6], ["Jarvis", 6],
  ["Gibbs", 6], ["Ferguson", 6], ["Hayward", 6], ["Carroll", 6], ["Douglas", 6], ["Dickinson", 6], ["Todd", 6],
  ["Barlow", 6], ["Peters", 6], ["Lucas", 6], ["Knowles", 6], ["Hartley", 6], ["Miah", 6], ["Simmons", 6],
  ["Morton", 6], ["Alexander", 6], ["Field", 6], ["Morrison", 6], ["Norris", 6], ["Townsend", 6], ["Preston", 6],
  ["Hancock", 6], ["Thornton", 6], ["Baldwin", 6], ["Burrows", 6], ["Briggs", 6], ["Storey", 6], ["Pope", 6],
  ["Nowak", 5], ["Kowalski", 4], ["Okafor", 4], ["Mensah", 4], ["Nguyen", 4], ["Iqbal", 5], ["Rahman", 5],
  ["Mahmood", 5], ["Chowdhury", 4], ["Sharma", 5], ["Mistry", 4], ["Wong", 4], ["Chen", 4], ["Fernandes", 3],
];

type Era = "pre1950" | "1950s-70s" | "1980s-90s" | "2000s-on";
type Forenames = Record<Era, readonly string[]>;

export const MALE_FORENAMES: Forenames = {
  pre1950: ["John", "William", "George", "Arthur", "Albert", "Frederick", "Harold", "Ernest", "Thomas", "James", "Robert", "Kenneth", "Ronald", "Dennis", "Peter", "Alan", "Brian", "Derek", "Raymond", "Leslie", "Eric", "Stanley", "Walter", "Norman"],
  "1950s-70s": ["David", "Paul", "Andrew", "Mark", "Stephen", "Ian", "Gary", "Richard", "Michael", "Christopher", "Peter", "Robert", "John", "Steven", "Darren", "Neil", "Simon", "Martin", "Anthony", "Kevin", "Graham", "Philip", "Keith", "Nigel"],
  "1980s-90s": ["Daniel", "Matthew", "James", "Christopher", "Thomas", "Ryan", "Adam", "Michael", "Luke", "Jack", "Samuel", "Joshua", "Jamie", "Liam", "Benjamin", "Lewis", "Craig", "Jonathan", "Ashley", "Mohammed", "Scott", "Lee", "Nathan", "Dean"],
  "2000s-on": ["Oliver", "Jack", "Harry", "George", "Noah", "Charlie", "Jacob", "Alfie", "Freddie", "Oscar", "Leo", "Muhammad", "Arthur", "Thomas", "William", "Henry", "Archie", "Theo", "Joshua", "Alexander", "Ethan", "Logan", "Isaac", "Max"],
};

export const FEMALE_FORENAMES: Forenames = {
  pre1950: ["Margaret", "Mary", "Joan", "Dorothy", "Doris", "Jean", "Betty", "Irene", "Elsie", "Edna", "Kathleen", "Sheila", "Patricia", "Barbara", "Joyce", "Eileen", "Brenda", "Valerie", "Audrey", "Pauline", "Vera", "Marjorie", "Gladys", "Winifred"],
  "1950s-70s": ["Susan", "Julie", "Karen", "Sarah", "Lisa", "Helen", "Tracey", "Nicola", "Claire", "Amanda", "Deborah", "Alison", "Jacqueline", "Elizabeth", "Joanne", "Michelle", "Angela", "Caroline", "Diane", "Janet", "Gillian", "Lorraine", "Sharon", "Wendy"],
  "1980s-90s": ["Rebecca", "Laura", "Emma", "Sarah", "Charlotte", "Hannah", "Amy", "Jessica", "Gemma", "Sophie", "Rachel", "Lauren", "Stacey", "Kirsty", "Natalie", "Danielle", "Katie", "Zoe", "Victoria", "Chloe", "Jade", "Amber", "Leanne", "Fatima"],
  "2000s-on": ["Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophia", "Grace", "Mia", "Poppy", "Ella", "Lily", "Evie", "Isabella", "Freya", "Florence", "Ivy", "Willow", "Rosie", "Isabelle", "Phoebe", "Aisha", "Maryam", "Ruby", "Daisy"],
};

export function eraOf(birthYear: number): Era {
  if (birthYear < 1950) return "pre1950";
  if (birthYear < 1980) return "1950s-70s";
  if (birthYear < 2000) return "1980s-90s";
  return "2000s-on";
}
