import { Injectable, type CanActivate } from '@nestjs/common';
// STUB
@Injectable()
export class AuthGuard implements CanActivate {
  canActivate(): boolean {
    return false;
  }
}
