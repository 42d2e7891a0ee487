import { Svg, type IconProps } from './svg';

export const SortIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M8 4v16M4 8l4-4 4 4M16 20V4M12 16l4 4 4-4" />
  </Svg>
);
