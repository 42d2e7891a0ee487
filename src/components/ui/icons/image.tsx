import { Svg, type IconProps } from './svg';

export const ImageIcon = (p: IconProps) => (
  <Svg {...p}>
    <rect x="3" y="5" width="18" height="14" rx="2" />
    <circle cx="12" cy="12" r="3.2" />
    <path d="M8 5l1.5-2h5L16 5" />
  </Svg>
);
