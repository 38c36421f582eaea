// numts-kernel's API for code in notebooks: rich display (./display.ts) and comms (./comm.ts).
export * from "./display";
export * from "./comm";
