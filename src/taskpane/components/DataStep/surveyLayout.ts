// What step 1 shows once a survey is read: one chunk ("survey-layout"), loaded with the first survey.
export { ItemNames } from "../ItemNames/ItemNames";
export { RoleGroups } from "../RoleGroups/RoleGroups";
export { WaveChoice } from "../WaveChoice/WaveChoice";
