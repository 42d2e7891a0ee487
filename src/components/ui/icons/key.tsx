import { Svg, type IconProps } from './svg';

export const KeyIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="7.5" cy="15.5" r="4.5" />
    <path d="m10.7 12.3 8.8-8.8M17 6l3 3M14.5 8.5l2 2" />
  </Svg>
);
