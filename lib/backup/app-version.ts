// The app's version as package.json states it, written into every backup's manifest.
import packageJson from "../../package.json" with { type: "json" };

export const APP_VERSION: string = packageJson.version;
