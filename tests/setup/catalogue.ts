// Unit tests render with the English catalogue, as the build does (src/middleware.ts).
import { en } from '../../src/messages/en/index';
import { useCatalogue } from '../../src/messages/t';

useCatalogue(en);
