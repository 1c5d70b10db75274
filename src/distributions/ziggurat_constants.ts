// numpy's ziggurat tables (ziggurat_constants.h). The double tables are carried verbatim (the
// uint64 ones fit in 53 bits, so they are exact as doubles). The float32 tables are numpy's too,
// but they are the double tables rounded, so they are derived at load instead of shipped:
// k*_float = round(k*_double / 2^29 or 2^30), w*_float = fround(w*_double * 2^29 or 2^30),
// f*_float = fround(f*_double), except four exponential entries numpy's generator rounded the
// other way, patched below. test/distributions/ziggurat_tables.test.ts checks every entry
// against numpy's own float tables.
import { unpackF64 } from '../core/packed.js';

export const ki_double: Float64Array = /* @__PURE__ */ unpackF64(
  '1ABQhNT8clQwuCxINKa8tBLo8LgejO4c2q6QomJICjSIMmDMoDzwpthk0BikGECg+jogyJxcgOSwmDJUIgyUVP5ouEjwJBLw' +
  '8FTkBHJEhhh0yHjsOtREzKr4SFg04EB4JpRo9Cj4oHzQKqYs6Ggk/CpmblAGmNy60ASQCGikpKYAKIgMwEh4eOgMglzi9AR0' +
  'ZIaitNS46FxY4vQUdiC8qEgGtEhcyHQs9PoQ/rz8EGyeoLAKtI6Y2Pym6JIabFYARLCIaHBogvD8xGqgJLiEPJbSrkzK7HZI' +
  'UKzM1ICASgSw/IQAsG44/K4oYFRU+iYE6ggWJFg8ZETadGjoMPhYlN4AjQLd7pWJlkpHLYmvS6Hq9Jepcun8yhfYRLfcLb1G' +
  'c9mSieiSaB4z0BFZW71c+TTlXz6iaNpJRHB/OTeDGgBa7hIqeCQNIKoj6U484YThLhCdnTYRNZBtzM0q6DmyzNhUxQlAOpNc' +
  'e7Rf490ZPk/2kSMKkl6wh59TWW7VzNwVM6iXtA3KyTYFYf5oLw73DZXGkEtTkOeZhVqt9GbIDuw6PclAXuUU6jh7cW96AFGv' +
  'DVhVBHgok0IIc1lx01CAXEhfzPxv3WFSY5Jm320ZCj9aBUTG57Osj46L0WNSZ9VEV2Du5eg8Y8mqBs/j/Xd+BXSeyuCPPyNa' +
  'RXCoUIs7YDhLAPd7g6f99P/CN6dQxgabtwO2pjGmzUMI/m/E9VGXBPAfO63F4SEkHZH2Wk8ggLdzMGhtGk0zeEtReLa0aqug' +
  'PaiYpZ3IJ7KNPMsBfeDup2oI4foPpyfiKVfiZaq858tf/GLFzJ/o3D1iO1PZoCKIqRH/awhIWjGCyUgL6IJIeSEfJLIglhVx' +
  'UzuAUbF8ZPaQbJn8UCbkxdb43QnQUoASkEVFak1JeKpt/k/+UzxGnADCwFtwVMbsRJwI0m9xcw291F8PHSokGx4NaRxB3JNa' +
  'FjQyHfobXlI67Yn1IQQ+VW1wcS5t+t1fMvHcVv2MU1xlkXrFaey8mjyBAFQCSOBmAAAx9f3TAhXDKsjq2Bivjg/rvMHOGkbT' +
  'OsEg9S5SvNIlm36bUZ8zcYFTqBcP4Lu41wIQyOEDy8mEeBnTCx9mM9ONpl3ukXzf68yrsgTGGiD2uYNwmRP3WE3nOVZNLwvw' +
  '7Atc6b/pcWLGpQn6gKRt4QjpiO4fIPepOq8NV5C+4wIfPFyBr+Yqe9xO0moW2LCepMH1QKMcqk4G0a6cl6Czz/AVOlx4io6A' +
  'XBy9N4elizKUp2XFvURP1MgdyLnkOKUag87mtCARbBTqzZkpU+vDp2CyXRufmax3jnq7wO2R6iBBPubhqH9rJAcEiWCKE8rw' +
  'w95bk08IsN1eA4iwPJHvlnsAfansq5eO2o1L9GXiTElSwd/i9j/Y2VdgBExF9WSZmmoPjOUcNTET3ZAvujKa8jt3pcbc6Ojf' +
  'zbKPYzH3tm8hznUXs0vebPZ8/nz3beFRvSeO8lOyDWe+EmW1A0+Z4CZrre0saaXfF06Et+obS3mn0v0mT3abwOQGKEhnhaK/' +
  '2vQNJTxSaHyPorPE1OLw/QkUHigwOD5ESUxPUVJSUU9MSUQ+Ny8mHBEF9+nZyLajjnhhSC4T9te3lnJNJv7Tp3hHFN+objHy' +
  'r2oi14g134UnxF3xfwiLCH7tVLMJVpjQ+xkoKBfzumoAedEFD+qN8QvNJwJDxFGkVssNgC70i7TmABFGo2TeMm+ew+D5DR8u' +
  'O0ZQWWFpb3V7gIWJjZCUl5qdoKKkp6mrra6wsrO1tre5uru8vb6/wMHCw8TFxcbHyMjJysrLy8zMzc3Ozs/P0NDR0dHS0tPT' +
  '09TU1NXV1dXW1tbW19fX19jY2NjY2dnZ2dnZ2tra2tra29vb29vb29vb3Nzc3Nzc3Nzc3Nzc3Nzd3d3d3d3d3d3d3d3d3d3d' +
  '3d3d3d3d3d3d3dzc3Nzc3Nzc3Nzc3Nvb29vb29va2tra2trZ2dnZ2NjY2NfX19bW1tXV1NTU09PS0dHQ0M/OzczMy8rJx8bF' +
  'xMLAv726uLWzr6yoo52Xj4Z6bFg9E800LQAoKywtLS4uLi4uLi8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8v' +
  'Ly8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8v' +
  'Ly8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8v' +
  'Ly8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8vLy8uLkMAQ0NDQ0ND' +
  'Q0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0ND' +
  'Q0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0ND' +
  'Q0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0ND' +
  'Q0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0M=',
); // 256 entries

export const wi_double: Float64Array = /* @__PURE__ */ unpackF64(
  'eca0YQy893TDrUN39YD1L1WndJbqPXCmd0N3mpjqRixZMJwpOjLzYYtIEMNT/gDOJoiurOya/BALE39r7r5BHjSIyy6f6R/7' +
  'fxvaU47XMKHVamQD4IN0XaRdNi9d3AViWk/IeBRZPdM4w6ILcjexu1JU68bcH0mTCfvnH3YVvcUtQ5wnj0f8iu4xvywRSpJb' +
  'iKQ9CM42GlsAAyc8bqKDoC0cBRerkDduIEcjpXAONxz2iCUKCDqpIW1ogr+FC3VHq8d+aBdUxEgwk7ZBNW0782GsjpQ5AYHu' +
  'JOAueFKX9e6jo0AK+qZ12pQVvCcCQUIb2f5M6sMyNHOMNBSWq1qxM9n2Wzun0GFy1btdNhrYkbGb/tPOfnwF+Cr1CnbPHsWn' +
  'zRZsep+CTjsmtx+4du1vgmL21y40j6Wg9GHMCBUPkSDabSrUoMbDa9PXLripSLleUliyPR1annQwx8OPQRGmVYtmsl+FG3OM' +
  'Xh+wJpYxskPT+GgU7nP0vRQi3uqGn/V+98AMarWDCqLVKpnZdNI2yLupMfH1s6GYDD2J9yXArhZ6DYemotbgj+/G8ftuSS7S' +
  'RtH+v2+n7FNNAZci5/agyQL1syYuosDUPWWfcF0JLu4S6y+mrtnM05xYWQ4K23iupBKoQYgE9OVeOkNaiax+5I3QHmrl4noG' +
  'zvJ8RFd3/a0V/SxEL0w4dEyOAkF6Y1ei/z0aB9mjAEazRkN7Tiw4pHcQE0JSv1kycoDkI/HSevnw2If6QjkWcnG8SxaVMY7E' +
  'eO744EDE6akdGbjhy270JsoFsrhWcuCmPMpmSAKzOF4KahtVDiR9L5+jorfJsVCzKGGLaXDl77qL23OGyInRekcFoURzKO8D' +
  'cC4/1W/6+aILSqCfWovDmuDOP+WFLoHs8G7s6zY7aIs3M+fXIPxSSerBlyr3EAHCt8mJcS8Y04+pPq2nY+hx7qoRpiC7xGCd' +
  '0k5/ceTiBG+sdqh3KpapVmiuM1auF2C5VKeca83pOkpxOoYAnwlfCdYpqm9AlHgJeOM8OOguL1otJzuXjzjAwY02YqfPYZLT' +
  'EK1TnqmCjtxtbm2Hjir5pf4OKQCptTO9hFSefeD1nluQhGZLMgefvxpR+JOZcn0MZsdiYugN4XC6vm+/mN5xLehznjL2rBbv' +
  '8tVODsYj0XvIYOgEV4Mp6GEx91HcNfrIPPOMpNrOH29fkqtRKdwSebuJk4wrJjkhnnJkPs3hT/CgQbnx22ubbOUTCOC9xzAy' +
  'EBWW9Jn4lfvEmS9LwHZhig8gBBjSwUcCg072I48IddE0z+8Em2lIO3RWd6n7wp16pMf6zVMxsdJeBXqScLOqnBVEdZ0NU1Kp' +
  'iyTPe76N8Fb0Bb+UAXg4gjsLr7n8DE0vSDIFpqIuP57vu3WAMdKi2q1FzGQuR8nMZ62xhDbWcBPJn53OOuvpOuf2bVNWQOpW' +
  'hn09yCBHPginG2aLimUdtCqBu9jZwY5E4mrdO4a+5fsA99+6h0kAq03mdwCB/XLjT7gdgeJCogFixCeO92XWTcpM1mcAok4D' +
  'w45lSTo4RmKOyxl57HIMu39aTFZ4tAt8CrV9ZGuT3EjXjGZmj+FeBtveEHMJ0tEGdBwAIYEjCDKkX2a7YFnUqKnaO9CYl809' +
  '6tT/biEdZPnfGq2c65+8R0W8si431A3se8TSs3Un26SYzmJzJZ8RscCKac5AayiVLQMP4O7cH7RJjVB8ASMArDJN9ZIntTy9' +
  'ObEllQJr0jaY+FWxC2O5DmK0BVWk8T6K1B5nr/c9g8kNUZXYDS5Ob4+vz+4OLUxriajG5AIgPlt5lrPQ7QonRGB9mbbS7gom' +
  'Q156lrLO6gUhPFh0j6rG4f0YNE9qhqG92PMPKkVhfJizz+oGIj1ZdZCsyOQAHDhUcIypxeH+GzdUcY6ryOUDID5beZe10/EQ' +
  'Lk1si6rJ6QkoSGmJqsrrDS5QcpS22fwfQmaKrtP4DiE0R1tugpaqv9Po/RMpP1VrgpqxyeH6Ey1HYXyYtNDuCypJaYqsz/IX' +
  'PWSNt+MQQHGl3BZTldsnedQ5qy7Lj5g7z4uSlZianJ2foKChoqKjo6SkpaWmpqanp6eoqKmpqaqqqqurq6usrKytra2trq6u' +
  'r6+vr7CwsLCwsLCwsbGxsbGxsbGysrKysrKysrKzs7Ozs7Ozs7O0tLS0tLS0tLS1tbW1tbW1tbW1tra2tra2tra2t7e3t7e3' +
  't7e3uLi4uLi4uLi4ubm5ubm5ubm5ubq6urq6urq6u7u7u7u7u7u7vLy8vLy8vLy9vb29vb29vb6+vr6+vr6+v7+/v7+/v8DA' +
  'wMDAwMDAwMDAwMDBwcHBwcHBwcHBwcLCwsLCwsLCwsPDw8PDw8PDxMTExMTExcXFxcXGxsbGx8fHyMjJycrLzTw8PDw8PDw8' +
  'PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8' +
  'PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8' +
  'PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8' +
  'PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw=',
); // 256 entries

export const fi_double: Float64Array = /* @__PURE__ */ unpackF64(
  'AIcVd5Xy3Ot/6oJSEKIE4Q/YgcFHT6gCrG7LWNVWEu6JKiMYZWqJj0bVZ8B4EnnjgqMO1ek17+5KFe2E8iBpEVDanDgToK6B' +
  'Ni4qxKHK85VUxYUJsTOAbUjHuBeRG8pSnoBNPt/GkxcViLbZEbDr7UyqIeIVyES+AO2SotT+GduueZ4vZt0eiZ4WUOhnI8Ta' +
  'Ntl+xTXSRN2ECk/MU0ehqjoHfj1aJ2lbOHUjphZcnPlsNcEt1a7uiGUatzRCY7m6hSosHEuP5QoVMzOGGatS1nZMGKSuE4Zw' +
  'EZF9nSWXNYFiLHBjqx5k1F3Ll7wRxHUa+AqCZBMSSax44JI3Xf1nDwDwqfDevBkteLrc9d3oJcmvHwZ6enEK37zP4miw2G16' +
  'WjvjDCb/XI2ebLZOUlA2X1sxzQBQOjg7lc0E2/eWmdE8OakfWULZXTw/gsq9AHqPH8ObOlbeEFuo1yxqbRMxhVrYwISTwJ/L' +
  '8ZFaDdkUUrFhTN7L5dLC7gE7bZxqJHrSQxPR9gc/sd7MgfBU7iQJQkPpdJMymJw8cZBRb9+dGDHRGCZ+/nz6gZpxo7VH8vGD' +
  'HWgfznUx16sqB148fS1uCb99Ig6l6JF0EOL2YlugKO8RSk1mKyKaPjENiReW5G5R8SpfVbUn0K0n7vRqgKWMCevBv7BeMN2P' +
  'pM8vaLixsPcAeWwnBFehp6nu4Y80bHpQ9WUkYRsx5ro3ViCcoHA/6mNRklWASshMjWUgSdzfSTVYr2La9XBk6teTBZAvklQ/' +
  'm4ZeMTJBcJnwpou4e6kvfr1OX3YLJgKuwAAdYXEHs6FfpCBGHhjgM7nerKq49JLHqRKIJXuAdtY9U78QrcM1jvEI+Vohlk0X' +
  '9xjCVDTPh7KQQsffuOnJKEXHsl5x2L6HzFcZLdJqdJKBH2h6liGt+PPI4/UDaei0fHqDGHWoolK4BmtSmna9OwvyyuqdpL8+' +
  'qmmFdPobJtmb3ZfyFTBssq0oOClor5jyEZg9H5YYgs0iAAv7q2ByT40alewMsMG5AMlb4KcGeKjO2U46gj/x1f3ujVfCvU9I' +
  '/A9LdzwH9LqeXiqYmG+sJvBa6E9yX0qKmRCmK4vJ/VUUjilaqan+V3ASEEiiEI0dzK/hhYyny3EgaupHMmShtHO7b3zWeGKe' +
  'OkrqOV6E25v8P6h/Ea+vaTuGrRo3dEMZcMKOV5/v0dB8aCVNdz5BH3n2Oe27T1mIjyL2iYxspLIWVfiKmbd6elKiCzK/X7+R' +
  'imLTnH4+onaIqa1swouqBYQToiWS5R09S1TLKfJhuUloeOkz3HWdAVpzJFcGQCPkz0S+0CyeK0f+D5D5KnezPA7O6J8u19uD' +
  'Trb08o00TycNQin42QNDtgBqVBFvkkkzXhzrZToq/ouqOyJGkfFVresF7ZoDH+VQWPcn4iToKeQTtcQ/IWgRGX4+VcOEl/qs' +
  'qvKEXXzgh3GbBa2SsxCmdn28Mdx3nSkabiM4rX+tNhlV6NIRpIvETilTy5KlBK6j4Wk4T61QOWfZjobBPfr4NrNvaqMZzLzo' +
  'UPPR6TvHjIrALtWyxxOVTTtft4sQ/lQSOMS2D83weGS0Z3730hCvsBLV+HxgpEdKrG2NDOklv7gOw9VGFEDLs/mdPv97tatf' +
  '0P/smQQwHMo5a2Ebm+HvxWbTDBTtlyzVLj4HkOD76bJd8nwFmIEaGZ/R2uo4AyqNBJaSYKgfnwUARLc/03AUvWobzoU++bV0' +
  'NPa5fUII0JhhLPbCj1wp+MeWZzcJ2q1/Uyb6z6R5TyX70qmAWDAI4bqTbUch+9axjGhDH/vYtJFuSykGyYVC/7x6OPa1dDT0' +
  'tHQ197h6PP/ChUgM0JVZHuOpbzX7wolQF9+nbzgAyZNcJvC6hU8a5bF8SBThrXpHFOKvfUsa6LeGVSToiCfIaQqrTfCSNdl9' +
  'IcZrELZdA6pS+aFK85xG8JpF8JxH9KBN+6hWBbRjEsJyI6kLb9M4ngRr0zymEHvmU8AunQx87V/SRbovpBsmFgn98+rj3tva' +
  '293i6fH4EjBSeaXWDUkVpEHrpeGeil+m8O/u7u3t7ezs7Ovr6+rq6urp6enp6ejo6Ojn5+fn5+bm5ubm5uXl5eXl5OTk5OTk' +
  '4+Pj4+Pj4+Li4uLi4uHh4eHh4eHg4ODg4ODg4N/f397e3t7d3d3d3Nzc3Nvb29va2tra2tnZ2dnY2NjY19fX19fW1tbW1tXV' +
  '1dXU1NTU1NPT09PT0tLS0tLR0dHR0dDQ0NDQz8/Pzs7Ozc3MzMzLy8vKysrJycnIyMfHx8bGxsXFxcTExMPDw8LCwsLBwcHA' +
  'wMC/v769vby8u7q6ubm4t7e2trW1tLOzsrKxsbCwr66tq6qpqKempaSjoqGgn56cmpiWlJORj4uIhIF8dnBlVD8/Pz8/Pz8/' +
  'Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/' +
  'Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/' +
  'Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/' +
  'Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8=',
); // 256 entries

export const ke_double: Float64Array = /* @__PURE__ */ unpackF64(
  'xgB+EK58GnKycMg2omw+nlbOiNCktnpwdDIGTPoOIsCWjHJ45vQ61sD0ijhiEmL6rEoW4NjakpKAAHoCzsA4/IKifILEdO5Y' +
  'MoTowGx+EvT6OkoYDNb8qlgKmKgI9nQEJoYWROKelNSenGpA3l4odOLEsIiyJopkQkq0Qt7+wg5GtOwOxviG+khAqGBoxiro' +
  'BLK49hqwMvyMnjSgdOL0wHrmgjYgmA72Yjy0TJJwGIhinvBknlY8ELYUpPBkuI4KxtoUCCYa5KqijKwY/BZUXJRC4NJGPlIE' +
  'wqYEcgooojwUAJQUCrzEuHjyHPgGjpomzBwqZsRy2qIKFOYesHywwJcAMTywRGU5GCydeLcErvBlmVYc1Jb3JahVwWmIOjPs' +
  'mdBXlgLk8QlcP58RkblCdDnQPlivZDiIun9x2KE2M8QGaglnHqhfuIIFn4IdsHrf8ZaoTr6sk/3+AQd9ukcPcm/i7JGkAilA' +
  'j3LWP2RpsWGKBP1FVBRpihkPdOoFg09jgMYinH5mKJczq01Q/b8RR0UB+3/SMLQH++r6KC4tLV4j3n7ALstuu8tZkWFFkyh4' +
  '8p/88dNnu83WJE2v83JIxgx9pkT4IE235tFwtqtKW4lVaTdp55woluF54S0G/2aN8urA8775qy8/8eSFltsD6SokNeLjEW9Z' +
  'NATLFS0mC+gkAJw/DhmIXGsXrNR8bwhOtIduNt2n8UVRuVdu1x1cwwkQRIUrMpBNBEEH4q1WspM9RQGDR4tjlkZpG89hCTpr' +
  'zu5N5KXmzq1YdL9X8hhbgbay33/JDMfFN8m13NYDmrp57kG0rsjS4VTei8tzyYbegqkPAluLmSl9d54g1TyGkOnSQd4L3yp0' +
  'AcyOuHe1FfRsUCtFmd15jusWQU7I5oUm7JaBnXALDZZIPgWZWgayvcu5j3m2jDfcdLsYi5IPKS93Mks1ucYsYz+gGpLUF3Zb' +
  '1dlvvwNTRFpCxGe/QJlvUNGLxX1reRV40M6ac0cENjlYGreoT85cilB7V4gSi6zkJwDXjjL3Dy3V3d9xFwmvsQfwrsp2E2kM' +
  'GY9R6zK/TAnZgt32Kj1xlxsSRjs9YIl1uswClqxPeAzhvFZZZxTrbxpfql7cfJNwXqOCOwgkwhZQnishpuHzACiIP2gee5WF' +
  'YT0vSJw8OaOK+wa3HEAw9p4xukHPbSP59R99Fu4Ndi88omWHDvpRE0Tk93146M8r/0kJPucDkY74zgutsBHM3Dvm1gVtB8ux' +
  'ssTe9QDzwV+/04zarPGWhq72SImgcd3FB4AJeqdjfb/y2TW/LjN2nED3TL/IzzI+MDFXnebzZbMm1JP0MytEW6up2p7s+cN4' +
  'ow80AJBOZqM0BPqhHscr2RQAW/W3Jx3+WzQJe4tCDfW99hRuS+Nj8q6xEuIzEIehZuAUCcVLoMjHn1PmWrHtEBsQ8b13ILhB' +
  'uiaF1x1Yh63J2+Tl3c63mXRIFt6gXBLEcBe6WPGGF6UuszWzLqUZivhjyzCS8k+pAVaq+kmV3yZssPExbqrkG1GGuOkXRXCa' +
  'wugNMFJxkK3I4fkQJThKW2l3g42VnaKmqKmppqKdlYyCdWdYRjMdBu3StZZ2Ui0G3LCCUR7osHU39rNsItWEMNl9HrpS5nX/' +
  'hAR/82LKK4XYImWezvQQICQbBN6oYQiaF3vG9ATxuFXD/fy5KkX9QgAgggBmcsflFD6ujKZh9k1SAH1um9GVG37JBDNae5eu' +
  'w9Xm9AEMFyApMTk/RkxRVltfZGhrb3J1eHt+gIOFh4qMjo+Rk5WWmJmbnJ2foKGio6SlpqeoqaqrrK2trq+wsLGysrOztLW1' +
  'tra3t7i4ubm5urq7u7u8vL29vb2+vr6/v7+/wMDAwMHBwcHBwsLCwsLCw8PDw8PDw8PDxMTExMTExMTExMTExMTExMTExMTE' +
  'xMTExMTExMTDw8PDw8PDw8LCwsLCwcHBwcDAwMC/v7++vr69vby8u7u7urm5uLi3tra1tLOysrGwr66sq6qpp6akoqCfnJqY' +
  'lZKPjImFgHx3cWpjWlBENiYR9tOiWd3bPAAzODo7PD09PT4+Pj4+Pj4+Pj4/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/' +
  'Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/' +
  'Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/' +
  'Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz4+Pj49PEMAQ0NDQ0ND' +
  'Q0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0ND' +
  'Q0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0ND' +
  'Q0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0ND' +
  'Q0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0M=',
); // 256 entries

export const we_double: Float64Array = /* @__PURE__ */ unpackF64(
  'wRkrunOAzJg8cDPKIcO9GW/SA8SJNlqqCVj8r6DnLgtLAqBIEpNN/c/gRLtzcpnsKkQ4v0phyZuJmZ/b+41X/kRin7Wh2WL4' +
  'cjdmFb77loPiBSmfql0hEaHw/G3E0KfEpOr7+Cf5NSYujO7fCPscMAr3dyrnVJQT4Yr0XVEtkA96/7VCthCFLaT7bICt/gp/' +
  'm1J/eGh/0OXY1Buj2w8Zb7fOSivBniBacKJQuqYrUXBl0GVWQ4PQrfgsMkwnCLJaYQeeeZQy7h4HGMP50xLDQquVRA7Y6ng7' +
  '6sQKD153p/R/xeyfYMFKp+Uu706gpirWfJ+l8F5hYtH20nIvGYX8g11BTY0qere9XPYmbv5KK9BgN1KjP3xzTzJ1gPXfSf9o' +
  '2oJiZ+cLb74uaKmQeYHV4cWiEwOI0iSXj/7SWuZrkDEQG5T+qTyxdgABL6x9fyNSxA6jGM07F3YbGu8zCWxsgxhFALVvnJPP' +
  'GpvrPKapBNEkF3LmCA9gFXOCuwPpWcbzZayLJU8m/eCxI6Vx8qOlNVCkI3aRvF7hCRE5JCatyJTP7xU6BK54KjP05TvaU9st' +
  'WafJqFGL3u5CyZShsZWqp0ThvRgu9Eh7JdJxcXYUvnNbNnUqGtnxTIZFtura7+DIqTg78QmD6vfG7I6lSJJEwvqRqhH3uBNR' +
  'cxO/xu17cbu/XVtbSsJ5bcbW2j0LAqcX0yJd3Yzx8V9oaptJSz44IyZtIXA1zXi43Qz6eQd+/ivQ/a3/FJbyTD9ZcMLw2EJ8' +
  'z+ICVwSaDXJLcXoXcHc9PamxwtCLpQP7ioXPjU9Gcchry9ksMU4RVnNc041ZUPp3sX3O32GkzP6ONUDH3dBW0IHKbs8yBy1C' +
  '6iOV7TAejdImFvRKW6BR7935EZIROjMA7wuSb8Rvonib8E9Ax0JFliYqO4w0ja31vRvTXRy5rPgbOIgIe8OXmvRcvWsUbsBo' +
  'aTvz/I0kSeit2AORdkvCyPIn7E4Z81CR9mL1y11DdbPJWUlEzMjkR89zS+rySNp+lItJqeX777dJJJD+xp3w2lRVvt3XTXjP' +
  'Xe1Hh+vpZeGl4tHKX2spPcdtYnkjfFMvUL1Cdb5TRHmzk5orjvFq94Pl4itlEfYcuwMgOW/hqd2Q07M7dGQRfKqaTMD05pT8' +
  'HfSBxLxr1Prjlht+yxFh0XZrzLpZz0jzBLI52tyKNTLfndb4e9udToLY84NB7VNKtHyaFfxumLMKeu+ez8/3qVBmauyF3aem' +
  'qpNS5mHptA5ZC7P4nHqM6cmFmKd7CHEGTPoDlyRgSi+xzuK1feksBs6C0jTxOj5DwoLAUNLeQULsa2+vbipnl0Ozi814A2e8' +
  'oLauiifHZs084W3W5g1RKeydsjXmkNHY8NsCiBX4QM1ZgMile6JmDNJ2SPOMJtKemtJTKFz4Bo6YLVMRbm8bd4hT3ixCJdhf' +
  'vvkTEPK9dRu0QcZGwp9dH+OtfFIwFwkGECdNg8khjAqdRgbdzdf8PJoUrmdBPVudBJFFICRTrDHkxdUWiS4IFlzYjn2oELab' +
  'wCjTw/p4QFOyX1yrTUORNzeUT2voyxTG5Dc0a9yJc5wFr5zNRQQNYQLyM8av7od8zoGWEfVEAS/S7YOYME/4Mf1hZAhVT/1l' +
  'jX080kej8TmF4lr70OpWJWgzmbGRVBb0D42UUPKvwm7+4hHBMah4A7wr9ePuTpfX2HpnUJ/cntlkWNaTIlA47DtwmLPFzc/J' +
  'vq2XfV89GPDES7MZf+RHqgxtzi6N60qnBGG9GXTPKoTeOJHrRJ31Tqb+V68GXrYOZb0UbMMNOWWQvOgUQGyYxPAcSHSgzfkm' +
  'Un+s2AUyX4266BVDcZ/N+ypYh7blFENzotICM2OUxfYnWIq87iFThrntIFSIvfInXJLI/jVso9sTS4S99jBrpeAOLEpoh6bF' +
  '5QQkRGWGp8jqCy5Qc5a63gInTHKXvuUMM1uErdcBK1eCr9wKOGeWx/gqXZDF+jBooNkUT4zKCkuN0RZdpvE+jN4xh+A7mvxi' +
  'yxxWkdARVp/rPZPwVME3uUruqoeT6cPJ0WBqcXV4e32AgYKDhIWGh4iJiouMjY6Oj5CQkZGRkpKTk5OUlJSVlZaWlpeXl5iY' +
  'mJmZmZqampubm5ycnZ2dnp6en5+foKCgoKCgoaGhoaGhoqKioqKio6Ojo6OkpKSkpKSlpaWlpaWmpqampqenp6enqKioqKio' +
  'qampqamqqqqqqqurq6urrKysrKytra2trq6urq6vr6+vsLCwsLCwsLCxsbGxsbGxsbKysrKysrKzs7Ozs7OztLS0tLS0tbW1' +
  'tbW1tra2tra2t7e3t7e4uLi4ubm5ubq6urq7u7u7vLy8vb29vr6+v7/AwMDAwcHBwcLCwsPDxMTFxcbHyMnLzjw8PDw8PDw8' +
  'PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8' +
  'PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8' +
  'PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8' +
  'PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw=',
); // 256 entries

export const fe_double: Float64Array = /* @__PURE__ */ unpackF64(
  'ADfxJyrnmzkvuCZ+Y8YGZnVzmq9pJYAU2RheJL2jyIkl7pyNKyp9SCR2+k2QUfwMeguSYIO1iG9f5UD0kqgQBDmMOFke4+qd' +
  'nJ/kdmzv5/Ud0+/iToXv3TVwYin9/9tagu+6bDMT0ixqVH6b8qc5uP2fAu41pT4LSbwSI6F51fnmrv456iisMbb1SfqWxpoF' +
  'ya9uNEB4ZWZ4LyAvvgSNFDzM+5jXV6+PSGW3KHC5O7rzHrYg9z42KVwOnhjRcIxAklA7F3Y05RBK6YWEOExta55SQcrrGf+u' +
  'DNShUe6QaAxwm0hnlndRvoQyX/DOVy299cticfnFNiD9QxH/JCW5SwAR/3t/+m2q0sUx1EsYXK+sh4n44OGL0d1j2k8yUD57' +
  'O28Wwx7QO2XzRcVCndM3Ie0a4Pul7guA7/YBITd7gV1dP2HOgHKNnukNJ1juqaOJ+dq+QaGyfdAkQiJ2dn4JvBmRn6ZTPpB8' +
  'R5M+4ECDT+4x0BivROTvWzxcxRaSu2Ia5xtGKITa0WrCeIy2MMxqqdUMfc+Z6MrWrnEXtqV/6gTDubqTTf0QJmVUOPRrdFPE' +
  'pjwWtt670NmYsZ/njQWdo1PKG8iW6LJYeSHZgPF8dzkIr6DSxWsYFMASs9b6mHQbWE4qmfxAAvBdOl8CxyfJp3QWb3bXXUg2' +
  'IkBL/qM+/AsAiIHr5mJVVdMGJAmphE+nTNp4UY6oseEIDkUfEYyBhx7OMxwrVO7SYCG/65Z94ae5fkCDDq6ZVCj9o3VaCZpU' +
  't7xEtsZesGTkxkjvMTq93iaLgBgwq7H8MTmuRUcLe5oZ4rrZj+ldeZP/luhZLyLjtPbOuTly3OvA3+Q+5iVQjJSFnxrupjCw' +
  'VC4HPJgtOPiU+r4EYLs9MfDJ7FS3bssZg45hrZGALnE1ZdlGM+VaO9cZhDDKkVmQQyWbxpTOLG91Vof1aUQuMR4Hvmobe4A6' +
  'q7YmxZYm/z9W8xl8Da9RM/qSE+yHoquHMblyHoluQo+q5FGzX3SX7ONXzaHhDI2fAOVQew6lFcR2eC2bW0ltwWmCFcH7rytE' +
  'p0XjthEiuhnHbbxKgYgx67H+jtFLNnWIfenc2dASUZQ01mogafKfjASEtWmdczA+JY9CHyZsIY0OFSvrAjBHKMYgRld98ffh' +
  'DN7MUvhO8ICrTFwPANZIGiA4T11nfLhCSw7R5J5kn8RQyLm5Y15V+glCbVjYyQuFJt+qhXJ7ryDmIO977nqmZq4E9RYGa/RX' +
  'VLE90EeIgyyAhkjcXO258tOdmRl2EFGoj4cZ17qZpUkDZBDCR4JuHLR5xxPyFEd+yV+fDFnHelRQ5g9T2nKmziXhVAneFFVo' +
  '5gvB7Sn61DfOaYHzqFT3MgBFpgAPupcxo+iKbrvD+u09mLpmapnL3K0jI5htjupzGM6HOdhbuejiPS2GPUWTHdm9wdwGOGmT' +
  'sLindh+d7AbniekD0lOCW9v+wiMesNeP16sJ7lpIt6UP9VMoci9e/QuEabhujA71PtLnukiOjD6itnjm/r4kL9wqFqDGht7N' +
  'UmoVUR13XtDOVGL3EbDTd51CZwoqxt1vef33aVCt/IXzRnqRh1sMmgJDXU0Urx5gc1cLjd775ZoaZHdT9mGSiUbIDxnQ9J7O' +
  'g7x6u4HKl+i8FfJVPKugHSO00Hqy9q6QoeZnKDGLPVHSyUVS/bn66raTuGnyUemflz2ziGu1ChwABdDlIXbeVNRd7oUhwmcQ' +
  'vWwe04pD/rt6O/3AhUsS26VvOwjVpHNDFM1yGMBpE79rGch4KtyPQ/iuZR3Wj0kFwH06+bd3N/i5ez4CxopPFduiajH6w4xW' +
  'Ieu3g08c6baFUyLxwZFiMgSrT/SaQOePN+CKNN+LOOWSQfCfTwCxYxbJfTHmm1EHvnYu5qBZE86JRQG+ezj2tXQz87R1NvB1' +
  '+oEIkBmjLrlG02HwgBCiNMdb8IUbskrjfReyTuqIJsVlBadJ1x5nsf1Kmek7juM5ketFogBfwCOH7FO8JiT/3b6iinVjVElB' +
  'PDs+RJu22AI0brD7TlcjBPoHWNiUK7LD8O7s6+vq6eno6Ofn5+bm5uXl5eTk5OPj4+Pi4uLi4uHh4eHh4ODg4ODf39/e3t7d' +
  '3d3c3Nzb29va2tra2dnZ2djY2NfX19fW1tbW1tXV1dXU1NTU09PT09PS0tLS0tHR0dHR0NDQ0NDQz8/Ozs7Nzc3MzMzLy8vK' +
  'ysrJycnJyMjIx8fHxsbGxsXFxcTExMTDw8PDwsLCwcHBwcDAwMC/v76+vr29vLy7u7q6ubm5uLi3t7a2trW1tLS0s7OysrKx' +
  'sbGwsK+vrq2srKuqqqmoqKempqWlpKOjoqGhoKCfnZybmpmYl5aVlJOSkZCOjIqJh4WDgYB9endzcWxmYVlPPT8/Pz8/Pz8/' +
  'Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/' +
  'Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/' +
  'Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/' +
  'Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8/Pz8=',
); // 256 entries

/** A float32 table: fround(src[i] * scale), with numpy's exceptions as [index, value] pairs. */
function toFloat32(src: Float64Array, scale: number, exceptions: readonly (readonly [number, number])[] = []): Float32Array {
  const out = new Float32Array(src.length);
  for (let i = 0; i < src.length; i++) out[i] = src[i]! * scale;
  for (const [i, v] of exceptions) out[i] = v;
  return out;
}

/** A uint32 table: round(src[i] / 2^shift) (src holds integers below 2^53). */
function toUint32(src: Float64Array, shift: number): Uint32Array {
  const out = new Uint32Array(src.length);
  for (let i = 0; i < src.length; i++) out[i] = Math.round(src[i]! / 2 ** shift);
  return out;
}

export const ki_float: Uint32Array = /* @__PURE__ */ toUint32(ki_double, 29);
export const wi_float: Float32Array = /* @__PURE__ */ toFloat32(wi_double, 2 ** 29);
export const fi_float: Float32Array = /* @__PURE__ */ toFloat32(fi_double, 1);
export const ke_float: Uint32Array = /* @__PURE__ */ toUint32(ke_double, 30);
export const we_float: Float32Array = /* @__PURE__ */ toFloat32(we_double, 2 ** 30, [[226, 4.4002547383570345e-7]]);
export const fe_float: Float32Array = /* @__PURE__ */ toFloat32(fe_double, 1, [
  [128, 0.18818119168281555], [154, 0.1324453353881836], [171, 0.10132299363613129],
]);

export const ziggurat_nor_r = 3.6541528853610087963519472518;
export const ziggurat_nor_inv_r = 0.27366123732975827203338247596;
export const ziggurat_exp_r = 7.6971174701310497140446280481;
export const ziggurat_nor_r_f = Math.fround(3.6541528853610087963519472518);
export const ziggurat_nor_inv_r_f = Math.fround(0.27366123732975827203338247596);
export const ziggurat_exp_r_f = Math.fround(7.6971174701310497140446280481);
