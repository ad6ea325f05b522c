/** framer-motion's animation features, fetched after first paint (see MotionProvider). */
export { domAnimation as default } from 'framer-motion';
