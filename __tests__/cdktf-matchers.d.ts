// Loads the types of the jest matchers that Testing.setupJest() registers.
import "cdktf/lib/testing/adapters/jest";
