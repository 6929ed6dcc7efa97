import { useThree } from '@react-three/fiber';

/** Width / height of the 3D view: start views are refitted to it. */
export const useViewAspect = (): number => useThree((s) => s.size.width / Math.max(1, s.size.height));
