export * from "./directory";
export * from "./questionnaires";
export * from "./responses";
export * from "./surveys";
export * from "./users";
